package org.cohesion.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP setup on a port free when the class loads: tests run in parallel
 * builds never fight over a fixed port, and a GreenMail stopped and started again comes
 * back on the same port (which {@code dynamicPort()} would not).
 */
public final class FreeSmtp {

	private FreeSmtp() {
	}

	public static ServerSetup setup() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
