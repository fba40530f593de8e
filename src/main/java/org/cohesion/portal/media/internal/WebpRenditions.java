package org.cohesion.portal.media.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.media.MediaRenditions;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers from the item's {@code webp} flag and size, remembered per content hash: a
 * processed image's derivatives never change (a new content is a new hash), and covers,
 * pickers and article bodies only ever show processed images.
 */
@Component
class WebpRenditions implements MediaRenditions {

	private static final int REMEMBERED = 10_000;

	/**
	 * An {@code <img>} as the sanitiser writes it: attributes double-quoted, their values
	 * escaped (no {@code "} nor {@code >} inside).
	 */
	private static final Pattern IMAGE = Pattern.compile("<img\\b([^>]*?)\\s*/?>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

	private static final Pattern DERIVATIVE_WIDTH = Pattern.compile("-([0-9]{2,5})\\.jpg$");

	private final MediaItemRepository items;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	/** What a page needs of a processed image: its WebP twins and its proportions. */
	private record Known(boolean webp, int width, int height) {
	}

	WebpRenditions(MediaItemRepository items) {
		this.items = items;
	}

	@Override
	public @Nullable String webpSrcset(@Nullable String jpegPath) {
		Known image = known(jpegPath);
		return image != null && image.webp() ? MediaPaths.srcset(jpegPath.replace(".jpg", ".webp")) : null;
	}

	@Override
	public String pictures(String html, String sizes) {
		if (!html.contains("<img")) {
			return html;
		}
		Matcher tag = IMAGE.matcher(html);
		StringBuilder out = new StringBuilder(html.length() + 512);
		while (tag.find()) {
			tag.appendReplacement(out, Matcher.quoteReplacement(picture(tag.group(), tag.group(1), sizes)));
		}
		return tag.appendTail(out).toString();
	}

	/**
	 * The {@code <picture>} of one library image; any other image (or one the library no
	 * longer holds) as it was.
	 */
	private String picture(String original, String attributeText, String sizes) {
		Map<String, String> attributes = new HashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(attributeText);
		while (attribute.find()) {
			attributes.put(attribute.group(1), attribute.group(2));
		}
		String src = attributes.get("src");
		String alt = attributes.get("alt");
		Known image = known(src);
		String jpeg = MediaPaths.srcset(src);
		if (image == null || alt == null || jpeg == null) {
			return original;
		}
		String width = attributes.get("width");
		String height = attributes.get("height");
		Matcher derivative = DERIVATIVE_WIDTH.matcher(src);
		if (derivative.find() && image.width() > 0) {
			// the derivative's own size, whatever the stored markup says (older
			// insertions
			// had none)
			int drawn = Math.min(Integer.parseInt(derivative.group(1)), image.width());
			width = String.valueOf(drawn);
			height = String.valueOf(Math.max(1, Math.round((float) image.height() * drawn / image.width())));
		}
		StringBuilder picture = new StringBuilder("<picture>");
		if (image.webp()) {
			picture.append("<source type=\"image/webp\" srcset=\"")
				.append(MediaPaths.srcset(src.replace(".jpg", ".webp")))
				.append("\" sizes=\"")
				.append(sizes)
				.append("\">");
		}
		picture.append("<img src=\"").append(src).append("\" alt=\"").append(alt).append('"');
		if (width != null && height != null) {
			picture.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
		}
		return picture.append(" srcset=\"")
			.append(jpeg)
			.append("\" sizes=\"")
			.append(sizes)
			.append("\" loading=\"lazy\" decoding=\"async\"></picture>")
			.toString();
	}

	private @Nullable Known known(@Nullable String jpegPath) {
		String hash = MediaPaths.hashOf(jpegPath);
		if (hash == null) {
			return null;
		}
		Known image = known.get(hash);
		if (image == null) {
			MediaItem item = items.findFirstByContentHashStartingWith(hash).orElse(null);
			if (item == null || item.getWidth() == null || item.getHeight() == null) {
				// not (yet) processed: asked again next time
				return item == null ? null : new Known(false, 0, 0);
			}
			image = new Known(item.hasWebp(), item.getWidth(), item.getHeight());
			if (known.size() > REMEMBERED) {
				known.clear();
			}
			known.put(hash, image);
		}
		return image;
	}

}
