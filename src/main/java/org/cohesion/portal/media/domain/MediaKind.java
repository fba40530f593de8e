package org.cohesion.portal.media.domain;

/** What an item of the library is. */
public enum MediaKind {

	IMAGE, DOCUMENT

}
