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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A multipart request that cannot be read (larger than the limits, cut short, a file name
 * with a NUL) never reaches a controller. Instead of an error page, the editor gets the
 * library back with a French sentence (or JSON for the upload script).
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final MessageSource messages;

	private final DataSize maxFileSize;

	UploadLimitAdvice(MessageSource messages, org.cohesion.portal.media.internal.MediaLibrary library) {
		this.messages = messages;
		this.maxFileSize = library.properties().maxFileSize();
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadable(MultipartException failure, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/admin/medias")) {
			// another module's form: not the library's to answer
			throw failure;
		}
		String reason = failure instanceof MaxUploadSizeExceededException ? "media.refused.requestTooLarge"
				: UploadLimitFilter.reason(failure);
		String text = messages.getMessage(reason, new Object[] { maxFileSize.toMegabytes() },
				LocaleContextHolder.getLocale());
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.status("media.refused.requestTooLarge".equals(reason) ? 413 : 400)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("results", java.util.List.of(Map.of("ok", false, "message", text))));
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("alert", text);
		RequestContextUtils.saveOutputFlashMap("/admin/medias", request, response);
		return "redirect:/admin/medias";
	}

}
