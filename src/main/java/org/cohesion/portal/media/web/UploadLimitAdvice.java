package org.cohesion.portal.media.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A request larger than the multipart limits never reaches a controller: Tomcat stops
 * reading it. Instead of an error page, the editor gets the library back with a French
 * sentence (or JSON for the upload script).
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final MessageSource messages;

	private final DataSize maxFileSize;

	UploadLimitAdvice(MessageSource messages, org.cohesion.portal.media.internal.MediaLibrary library) {
		this.messages = messages;
		this.maxFileSize = library.properties().maxFileSize();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		String text = messages.getMessage("media.refused.requestTooLarge", new Object[] { maxFileSize.toMegabytes() },
				LocaleContextHolder.getLocale());
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.status(413)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("results", java.util.List.of(Map.of("ok", false, "message", text))));
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("alert", text);
		RequestContextUtils.saveOutputFlashMap("/admin/medias", request, response);
		return "redirect:/admin/medias";
	}

}
