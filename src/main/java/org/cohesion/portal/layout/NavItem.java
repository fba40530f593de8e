package org.cohesion.portal.layout;

/** An entry of the main navigation or of the footer. */
public record NavItem(String label, String path) {
}
