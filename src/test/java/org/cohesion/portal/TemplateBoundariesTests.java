package org.cohesion.portal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module check for what {@code ModularityTests} cannot see: jte precompiles the
 * templates into {@code gg.jte.generated.precompiled.<folder>}, outside the base package.
 * A template belongs to the module of its folder ({@code admin} is the back-office frame
 * of accounts); it may use only its own module and the modules its {@code package-info}
 * allows, never an entity, and templates must not close a cycle between modules.
 */
class TemplateBoundariesTests {

	static final String TEMPLATES = "gg.jte.generated.precompiled";

	static final String BASE = "org.cohesion.portal.";

	/** Template folders that are not named after their module. */
	static final Map<String, String> FOLDERS = Map.of("admin", "accounts");

	/**
	 * Cycles that exist only because the back-office frame ({@code AdminLayout}) lives in
	 * accounts, which records into audit and sends mail: they go when the frame leaves
	 * accounts. Any other cycle fails.
	 */
	static final Set<String> KNOWN_FRAME_CYCLES = Set.of("audit -> accounts", "mail -> accounts");

	final JavaClasses templates = new ClassFileImporter().importPackages(TEMPLATES);

	final JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cohesion.portal");

	@Test
	void templatesAreFound() {
		assertThat(templates.stream().filter(c -> c.getPackageName().startsWith(TEMPLATES + ".news")))
			.as("precompiled templates of the news module")
			.isNotEmpty();
	}

	@Test
	void noTemplateReceivesAnEntity() {
		noClasses().that()
			.resideInAPackage(TEMPLATES + "..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.because("templates receive view records (ARCHITECTURE.md), never JPA entities")
			.check(templates);
	}

	@Test
	void templatesUseOnlyTheModulesTheirModuleMayUse() {
		List<String> violations = new ArrayList<>();
		templateEdges().forEach((edge, example) -> {
			String[] ends = edge.split(" -> ");
			Set<String> allowed = allowedDependencies(ends[0]);
			if (allowed != null && !allowed.contains(ends[1])) {
				violations.add(edge + " (" + example + "), not in the allowedDependencies of " + ends[0]);
			}
		});
		assertThat(violations).isEmpty();
	}

	@Test
	void templatesCloseNoCycleBetweenModules() {
		Map<String, String> edges = new TreeMap<>(javaEdges());
		templateEdges().forEach(edges::putIfAbsent);
		Map<String, Set<String>> graph = new TreeMap<>();
		edges.keySet().stream().filter(edge -> !KNOWN_FRAME_CYCLES.contains(edge)).forEach(edge -> {
			String[] ends = edge.split(" -> ");
			graph.computeIfAbsent(ends[0], key -> new TreeSet<>()).add(ends[1]);
		});
		List<String> cycles = new ArrayList<>();
		for (String start : graph.keySet()) {
			List<String> path = cycleFrom(start, start, graph, new LinkedHashSet<>());
			if (path != null) {
				cycles.add(String.join(" -> ", path) + " (first arrows: "
						+ path.subList(0, Math.min(path.size() - 1, 3))
							.stream()
							.map(m -> edges.get(m + " -> " + path.get(path.indexOf(m) + 1)))
							.toList()
						+ ")");
			}
		}
		assertThat(cycles).isEmpty();
	}

	private static @Nullable List<String> cycleFrom(String start, String current, Map<String, Set<String>> graph,
			LinkedHashSet<String> seen) {
		seen.add(current);
		for (String next : graph.getOrDefault(current, Set.of())) {
			if (next.equals(start)) {
				List<String> path = new ArrayList<>(seen);
				path.add(start);
				return path;
			}
			if (!seen.contains(next)) {
				List<String> found = cycleFrom(start, next, graph, seen);
				if (found != null) {
					return found;
				}
			}
		}
		seen.remove(current);
		return null;
	}

	/** Module arrows from templates, each with one dependency that makes it. */
	private Map<String, String> templateEdges() {
		Map<String, String> edges = new TreeMap<>();
		for (JavaClass template : templates) {
			String from = templateModule(template.getPackageName());
			for (Dependency dependency : template.getDirectDependenciesFromSelf()) {
				String to = moduleOf(dependency.getTargetClass());
				if (to != null && !to.equals(from)) {
					edges.putIfAbsent(from + " -> " + to,
							template.getSimpleName() + " uses " + dependency.getTargetClass().getName());
				}
			}
		}
		return edges;
	}

	/** Module arrows from Java code. */
	private Map<String, String> javaEdges() {
		Map<String, String> edges = new TreeMap<>();
		for (JavaClass type : portal) {
			String from = moduleOf(type);
			if (from == null) {
				continue;
			}
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				String to = moduleOf(dependency.getTargetClass());
				if (to != null && !to.equals(from)) {
					edges.putIfAbsent(from + " -> " + to,
							type.getSimpleName() + " uses " + dependency.getTargetClass().getName());
				}
			}
		}
		return edges;
	}

	private static @Nullable String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (name.startsWith(TEMPLATES + ".")) {
			return templateModule(name);
		}
		if (!name.startsWith(BASE)) {
			return null;
		}
		String rest = name.substring(BASE.length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static String templateModule(String packageName) {
		String rest = packageName.substring(TEMPLATES.length() + 1);
		int dot = rest.indexOf('.');
		String folder = dot < 0 ? rest : rest.substring(0, dot);
		return FOLDERS.getOrDefault(folder, folder);
	}

	/** The module's declared allowed dependencies, or null when it declares none. */
	private static @Nullable Set<String> allowedDependencies(String module) {
		try {
			Class<?> info = Class.forName(BASE + module + ".package-info");
			ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
			if (declared == null) {
				return null;
			}
			Set<String> allowed = new HashSet<>();
			for (String dependency : declared.allowedDependencies()) {
				allowed.add(dependency.split("::")[0].trim());
			}
			return allowed;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("templates folder without a module: " + module, ex);
		}
	}

}
