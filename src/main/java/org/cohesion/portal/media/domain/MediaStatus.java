package org.cohesion.portal.media.domain;

/** Where an upload is in its life: accepted, then ready once its derivatives exist. */
public enum MediaStatus {

	/** Accepted and stored; derivatives are being made in the background. */
	PROCESSING,
	/** Derivatives written; the item can be shown. */
	READY,
	/** The background processing could not decode it; its files were removed. */
	FAILED

}
