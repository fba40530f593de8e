package org.cohesion.portal.site;

/** An entry of the main navigation or of the footer. */
public record NavItem(String label, String path) {
}
