import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal SMTP server for the newsletter benchmark: accepts every message, keeps
 * nothing but how many messages each recipient got, and writes its figures to a file
 * every half second ("messages distinct duplicates firstMillis lastMillis"). Run with
 * {@code java bench/SmtpSink.java PORT STATS_FILE}; stop it with a signal.
 */
public class SmtpSink {

	static final LongAdder messages = new LongAdder();

	static final ConcurrentHashMap<String, LongAdder> perRecipient = new ConcurrentHashMap<>();

	static final AtomicLong first = new AtomicLong();

	static final AtomicLong last = new AtomicLong();

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path stats = Path.of(args[1]);
		Thread writer = new Thread(() -> {
			while (true) {
				try {
					Thread.sleep(500);
					long duplicates = perRecipient.values().stream().mapToLong(a -> Math.max(0, a.sum() - 1)).sum();
					Files.writeString(stats, messages.sum() + " " + perRecipient.size() + " " + duplicates + " "
							+ first.get() + " " + last.get() + "\n");
				}
				catch (Exception ex) {
					return;
				}
			}
		});
		writer.setDaemon(true);
		writer.start();
		try (ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket socket = server.accept();
				Thread thread = new Thread(() -> serve(socket));
				thread.setDaemon(true);
				thread.start();
			}
		}
	}

	static void serve(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1), 65536);
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 sink ESMTP");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 PIPELINING");
					case "HELO" -> reply(out, "250 sink");
					case "MAIL" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						int lt = line.indexOf('<');
						int gt = line.indexOf('>');
						recipients.add(lt >= 0 && gt > lt ? line.substring(lt + 1, gt).toLowerCase() : line);
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						String data;
						while ((data = in.readLine()) != null && !data.equals(".")) {
							// discarded
						}
						long now = System.currentTimeMillis();
						first.compareAndSet(0, now);
						last.set(now);
						messages.increment();
						for (String recipient : recipients) {
							perRecipient.computeIfAbsent(recipient, r -> new LongAdder()).increment();
						}
						reply(out, "250 OK queued");
					}
					case "RSET" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "NOOP" -> reply(out, "250 OK");
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "502 not implemented");
				}
			}
		}
		catch (IOException ex) {
			// client went away
		}
	}

	static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

}
