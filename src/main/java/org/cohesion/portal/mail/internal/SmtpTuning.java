package org.cohesion.portal.mail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Adjustments to Spring Boot's mail sender, both found by the newsletter benchmark. SMTP
 * sockets with TCP_NODELAY. SMTP is a conversation of small writes each followed by a
 * read (MAIL, RCPT, the end of DATA); with Nagle's algorithm on, the last small write of
 * a message waits for the ACK of the previous segment, which the server delays by up to
 * 40 ms: a stall per message, so at most ~25 messages a second on one connection,
 * measured by the newsletter benchmark. Spring Boot's mail sender is given this factory.
 */
@Component
class SmtpTuning implements BeanPostProcessor {

	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			// Jakarta Mail looks its StreamProvider up with a ServiceLoader on every part
			// it
			// encodes (a scan of the jar's nested jars each time, the first hot spot of
			// the
			// benchmark) unless this property names it.
			if (System.getProperty(STREAM_PROVIDER) == null) {
				System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
			}
			sender.getJavaMailProperties().putIfAbsent("mail.smtp.socketFactory", new NoDelaySocketFactory());
			// Addresses with a non-ASCII local part (RFC 6531): Angus Mail then asks for
			// SMTPUTF8 when the relay announces it. Sign-up refuses such addresses when
			// it
			// does not.
			sender.getJavaMailProperties().putIfAbsent("mail.mime.allowutf8", "true");
		}
		return bean;
	}

	static final class NoDelaySocketFactory extends SocketFactory {

		private final SocketFactory delegate = SocketFactory.getDefault();

		@Override
		public Socket createSocket() throws IOException {
			return noDelay(delegate.createSocket());
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return noDelay(delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return noDelay(delegate.createSocket(host, port, localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return noDelay(delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return noDelay(delegate.createSocket(address, port, localAddress, localPort));
		}

		private static Socket noDelay(Socket socket) throws IOException {
			socket.setTcpNoDelay(true);
			return socket;
		}

	}

}
