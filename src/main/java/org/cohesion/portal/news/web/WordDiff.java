package org.cohesion.portal.news.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cohesion.portal.shared.RichText;
import org.springframework.web.util.HtmlUtils;

/**
 * A word-level comparison of two texts, as HTML: words only in the old text in
 * {@code <del>}, words only in the new one in {@code <ins>}. Rich text is compared as
 * plain text, paragraph by paragraph (a writer reads words, not tags).
 */
final class WordDiff {

	/**
	 * Above this many word pairs the changed middle is shown as replaced in one block
	 * rather than compared word by word (the table would cost too much memory).
	 */
	private static final long MAX_CELLS = 4_000_000;

	private static final String PARAGRAPH = "\n";

	private static final Pattern BLOCK_END = Pattern
		.compile("(?i)</(p|h2|h3|h4|li|blockquote|figcaption|tr)>|<br\\s*/?>");

	private WordDiff() {
	}

	/** Compares two fragments of sanitised HTML. */
	static String ofHtml(String before, String after) {
		return of(htmlWords(before), htmlWords(after));
	}

	/** Compares two plain texts. */
	static String ofText(String before, String after) {
		return of(words(before), words(after));
	}

	private static List<String> htmlWords(String html) {
		List<String> words = new ArrayList<>();
		for (String block : BLOCK_END.split(html)) {
			// inline tags go without a trace ("<strong>mot</strong>." stays one word)
			List<String> blockWords = words(RichText.plainText(block.replaceAll("<[^>]*>", "")));
			if (!blockWords.isEmpty()) {
				if (!words.isEmpty()) {
					words.add(PARAGRAPH);
				}
				words.addAll(blockWords);
			}
		}
		return words;
	}

	private static List<String> words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(stripped.split("\\s+")));
	}

	private static String of(List<String> a, List<String> b) {
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<String> oldMiddle = a.subList(prefix, a.size() - suffix);
		List<String> newMiddle = b.subList(prefix, b.size() - suffix);
		Html html = new Html();
		a.subList(0, prefix).forEach(word -> html.add(' ', word));
		if ((long) oldMiddle.size() * newMiddle.size() > MAX_CELLS) {
			oldMiddle.forEach(word -> html.add('-', word));
			newMiddle.forEach(word -> html.add('+', word));
		}
		else {
			middle(oldMiddle, newMiddle, html);
		}
		a.subList(a.size() - suffix, a.size()).forEach(word -> html.add(' ', word));
		return html.finish();
	}

	/** The classic longest-common-subsequence table, read from the start. */
	private static void middle(List<String> a, List<String> b, Html html) {
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				html.add(' ', a.get(i++));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				html.add('-', a.get(i++));
			}
			else {
				html.add('+', b.get(j++));
			}
		}
		while (i < n) {
			html.add('-', a.get(i++));
		}
		while (j < m) {
			html.add('+', b.get(j++));
		}
	}

	/** Writes words, grouping consecutive insertions or deletions in one element. */
	private static final class Html {

		private final StringBuilder out = new StringBuilder();

		private char open = ' ';

		private boolean needSpace;

		void add(char kind, String word) {
			boolean paragraph = PARAGRAPH.equals(word);
			if (kind != open) {
				if (open != ' ') {
					out.append(open == '+' ? "</ins>" : "</del>");
				}
				if (kind != ' ') {
					if (needSpace && !paragraph) {
						out.append(' ');
					}
					out.append(kind == '+' ? "<ins>" : "<del>");
					needSpace = false;
				}
				open = kind;
			}
			if (paragraph) {
				// a paragraph break added or removed is shown, not just implied
				out.append(kind == ' ' ? "\n" : "¶\n");
				needSpace = false;
				return;
			}
			if (needSpace) {
				out.append(' ');
			}
			out.append(HtmlUtils.htmlEscape(word, "UTF-8"));
			needSpace = true;
		}

		String finish() {
			if (open != ' ') {
				out.append(open == '+' ? "</ins>" : "</del>");
			}
			return out.toString();
		}

	}

}
