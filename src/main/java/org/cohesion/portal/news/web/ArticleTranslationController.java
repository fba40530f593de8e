package org.cohesion.portal.news.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.editorial.EditConflict;
import org.cohesion.portal.news.editorial.Editor;
import org.cohesion.portal.news.editorial.EditorialService;
import org.cohesion.portal.news.editorial.TranslationService;
import org.cohesion.portal.news.web.TranslationViews.Changes;
import org.cohesion.portal.news.web.TranslationViews.Source;
import org.cohesion.portal.news.web.TranslationViews.TranslationPage;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's translations of an article: the original beside the translation, with
 * what changed in the original since the translation was made. The permission here is the
 * one to write articles; {@link TranslationService} then checks, as for the original, who
 * may change this article.
 */
@Controller
@RequestMapping("/admin/actualites/{id}/traductions/{language:[a-z]{2,3}}")
@PreAuthorize("hasAuthority('PERM_ARTICLE_WRITE')")
class ArticleTranslationController {

	private final EditorialService editorial;

	private final TranslationService translations;

	private final Languages languages;

	private final TranslationDesk desk;

	private final MessageSource messages;

	private final Clock clock;

	private final org.cohesion.portal.media.MediaApi media;

	ArticleTranslationController(EditorialService editorial, TranslationService translations, Languages languages,
			TranslationDesk desk, MessageSource messages, Clock clock, org.cohesion.portal.media.MediaApi media) {
		this.desk = desk;
		this.media = media;
		this.editorial = editorial;
		this.translations = translations;
		this.languages = languages;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	public String edit(@PathVariable long id, @PathVariable String language, Authentication authentication,
			Model model) {
		Editor editor = Editor.from(authentication);
		model.addAttribute("translation", editorial.read(id, article -> {
			checked(article, language);
			TranslationForm form = article.translation(language)
				.map(TranslationForm::of)
				.orElse(TranslationForm.empty());
			return page(article, language, form, Map.of(), editor, null, false);
		}));
		return "news/admin/translation";
	}

	@PostMapping
	public String save(@PathVariable long id, @PathVariable String language,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult binding, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		Editor editor = Editor.from(authentication);
		if (binding.hasErrors()) {
			model.addAttribute("translation", editorial.read(id, article -> page(checked(article, language), language,
					form, errors(binding, locale), editor, null, false)));
			return "news/admin/translation";
		}
		try {
			translations.translate(id, language, form.versionOrNew(), form.content(), editor, request.getRemoteAddr());
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("translation", editorial.read(id, stored -> {
				Article current = checked(stored, language);
				ArticleTranslation other = current.translation(language).orElse(null);
				String who = conflict instanceof EditConflict edit && edit.otherEditor() != null ? edit.otherEditor()
						: other != null ? other.getLastEditorName() : null;
				return page(current, language, form.atVersion(other == null ? -1 : other.getVersion()), Map.of(),
						editor, who == null ? "?" : who, true);
			}));
			return "news/admin/translation";
		}
		redirect.addFlashAttribute("notice", desk.savedNotice(language));
		return "redirect:/admin/actualites/" + id + "/traductions/" + language;
	}

	@PostMapping("/supprimer")
	public String remove(@PathVariable long id, @PathVariable String language, Authentication authentication,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		translations.remove(id, language, Editor.from(authentication), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", desk.removedNotice(language));
		return "redirect:/admin/actualites/" + id;
	}

	/** Exactly the public page of the translation, whatever the article's state. */
	@GetMapping("/apercu")
	public String preview(@PathVariable long id, @PathVariable String language, Model model) {
		model.addAttribute("page", editorial.read(id, article -> {
			checked(article, language);
			ArticleTranslation translation = article.translation(language)
				.orElseThrow(() -> new NotFoundException("translation " + language + " of article " + id));
			return ArticlePage.translated(
					ArticlePage.of(article, List.of(), null, null,
							article.getGalleryId() == null ? null : media.gallery(article.getGalleryId()).orElse(null)),
					translation);
		}));
		model.addAttribute("preview", true);
		return "news/article";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	@ResponseBody
	String notFound(Locale locale) {
		return messages.getMessage("news.admin.notFound", null, locale);
	}

	private TranslationPage page(Article article, String language, TranslationForm form, Map<String, String> errors,
			Editor editor, @Nullable String conflictWith, boolean conflict) {
		ArticleTranslation translation = article.translation(language).orElse(null);
		String state = TranslationDesk.state(translation);
		String publicPath = translation != null && article.isPublicAt(clock.instant())
				? languages.path(language, "/actualites/" + translation.getSlug()) : null;
		return new TranslationPage(article.getId(), language,
				new Source(article.getLanguage(), article.getTitle(), article.getStandfirst(), article.getBody(),
						article.getSeoTitle(), article.getSeoDescription()),
				form, errors, state, publicPath, EditorialService.canEdit(article, editor),
				translation == null ? null : translation.getLastEditorName(),
				translation == null ? null : translation.getUpdatedAt(),
				translation == null ? null : translation.getSourceUpdatedAt(),
				translation != null && translation.isOutdated() ? changes(article, translation) : null, conflictWith,
				conflict);
	}

	/** The original's changes since the text the translation was made from. */
	private static Changes changes(Article article, ArticleTranslation translation) {
		return new Changes(translation.getSourceUpdatedAt(),
				WordDiff.ofText(translation.getSourceTitle(), article.getTitle()),
				WordDiff.ofText(translation.getSourceStandfirst(), article.getStandfirst()),
				WordDiff.ofHtml(translation.getSourceBody(), article.getBody()));
	}

	private Article checked(Article article, String language) {
		desk.requireTarget(article, language);
		return article;
	}

	private Map<String, String> errors(BindingResult binding, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String message = error.getDefaultMessage();
			if (message != null && message.startsWith("{") && message.endsWith("}")) {
				message = messages.getMessage(message.substring(1, message.length() - 1), null, locale);
			}
			else if (error.isBindingFailure() || message == null) {
				message = messages.getMessage("news.admin.error.invalid", null, locale);
			}
			errors.putIfAbsent(error.getField(), message);
		}
		return errors;
	}

}
