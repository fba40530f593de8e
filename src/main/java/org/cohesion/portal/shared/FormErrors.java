package org.cohesion.portal.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Validation messages for a form, by field, ready for a template: a message next to each
 * field and a summary at the top. Messages are already in the reader's language (Bean
 * Validation resolves them from the bundle).
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

	private final Map<String, String> byField;

	private final List<String> global;

	private FormErrors(Map<String, String> byField, List<String> global) {
		this.byField = byField;
		this.global = global;
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(BindingResult result) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<String> global = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			String message = error.isBindingFailure() ? "Valeur invalide." : error.getDefaultMessage();
			byField.putIfAbsent(error.getField(), message);
		}
		for (ObjectError error : result.getGlobalErrors()) {
			global.add(error.getDefaultMessage());
		}
		return new FormErrors(byField, global);
	}

	public boolean any() {
		return !byField.isEmpty() || !global.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public @Nullable String get(String field) {
		return byField.get(field);
	}

	public Map<String, String> all() {
		return byField;
	}

	public List<String> global() {
		return global;
	}

}
