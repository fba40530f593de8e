package org.cohesion.portal.newsletter.web;

import org.jspecify.annotations.Nullable;

/** A one-message page: "check your inbox", "confirmed", "link expired"… */
public record ResultPage(String title, String text, @Nullable String linkHref, @Nullable String linkLabel) {

}
