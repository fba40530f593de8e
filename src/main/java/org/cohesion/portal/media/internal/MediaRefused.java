package org.cohesion.portal.media.internal;

/**
 * An upload refused, with the message key (and its arguments) that tells the editor why.
 */
public class MediaRefused extends Exception {

	private final String key;

	private final transient Object[] arguments;

	public MediaRefused(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments;
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
