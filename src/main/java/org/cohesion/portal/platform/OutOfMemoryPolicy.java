package org.cohesion.portal.platform;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A JVM that survived an OutOfMemoryError is half alive (seen: metaspace exhausted, the
 * home page still answering from memory while search and sign-in hung for good). The
 * process must end instead so that its supervisor restarts it: that takes
 * {@code -XX:+ExitOnOutOfMemoryError} on the command line (docs/OPERATIONS.md), which no
 * code can switch on later. This says so at start-up when it is missing.
 */
@Component
class OutOfMemoryPolicy implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OutOfMemoryPolicy.class);

	@Override
	public void run(ApplicationArguments args) {
		List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
		String toolOptions = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
		if (!exitsOnOutOfMemory(jvm, toolOptions)) {
			log.warn("The JVM was started without -XX:+ExitOnOutOfMemoryError: after an OutOfMemoryError this node "
					+ "would keep running half alive instead of being restarted (see docs/OPERATIONS.md, Memory).");
		}
	}

	static boolean exitsOnOutOfMemory(List<String> jvmArguments, String toolOptions) {
		return jvmArguments.stream().anyMatch(OutOfMemoryPolicy::ends)
				|| toolOptions.contains("+ExitOnOutOfMemoryError") || toolOptions.contains("+CrashOnOutOfMemoryError");
	}

	private static boolean ends(String argument) {
		return argument.equals("-XX:+ExitOnOutOfMemoryError") || argument.equals("-XX:+CrashOnOutOfMemoryError");
	}

}
