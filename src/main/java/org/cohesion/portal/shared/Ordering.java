package org.cohesion.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Moving one item up or down a hand-ordered list (flash infos, sections, pages),
 * renumbering them all.
 */
public final class Ordering {

	private Ordering() {
	}

	/**
	 * Moves {@code item} one place towards the top ({@code "haut"}) or the bottom, then
	 * gives every item its new position (from {@code first}). Returns false when the item
	 * is already at that end.
	 */
	public static <T> boolean move(List<T> ordered, T item, String direction, int first, ObjIntConsumer<T> position) {
		List<T> items = new ArrayList<>(ordered);
		int index = items.indexOf(item);
		int target = "haut".equals(direction) ? index - 1 : index + 1;
		if (index < 0 || target < 0 || target >= items.size()) {
			return false;
		}
		items.add(target, items.remove(index));
		for (int i = 0; i < items.size(); i++) {
			position.accept(items.get(i), first + i);
		}
		return true;
	}

}
