package org.cohesion.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay to a real server (the tests' OpenSearch node), for outages that a
 * test can switch on and off: closed, nobody listens on the port (connection refused);
 * silenced, connections are accepted and never answered.
 */
public final class TcpRelay {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean silent;

	/** A relay on a free port to {@code target}. */
	public TcpRelay(int target) {
		this(0, target);
	}

	/** A relay on {@code port} (0: a free one) to {@code target}. */
	public TcpRelay(int port, int target) {
		this.target = target;
		try {
			server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Thread accepting = new Thread(this::accept, "tcp-relay");
		accepting.setDaemon(true);
		accepting.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Connections are accepted, requests are never answered. */
	public void silence() {
		silent = true;
		closeConnections();
	}

	/** Nobody listens on the port any more. */
	public void close() {
		try {
			server.close();
		}
		catch (IOException ignored) {
			// closed anyway
		}
		closeConnections();
	}

	private void closeConnections() {
		for (Socket socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closed anyway
			}
		}
		sockets.clear();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				sockets.add(client);
				if (silent) {
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
				sockets.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException closed) {
				// the relay was closed, or one connection failed
			}
		}
	}

	private static void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ignored) {
				// one side closed
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ignored) {
					// closed anyway
				}
			}
		}, "tcp-relay-pipe");
		thread.setDaemon(true);
		thread.start();
	}

}
