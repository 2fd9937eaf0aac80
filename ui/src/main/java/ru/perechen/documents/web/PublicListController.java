package ru.perechen.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.documents.DocumentFormat;
import ru.perechen.documents.ListExportService;
import ru.perechen.documents.PublicListService;
import ru.perechen.documents.PublicListService.PublicList;

/**
 * The open page of an agency, for anyone and without signing in: the version released to it as an
 * accessible table (readable on a phone), the approving act, the history, the documents, and the
 * snippet the agency's site embeds. Pages may be framed (they are read-only and carry no actions).
 */
@Controller
class PublicListController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private final PublicListService lists;

    PublicListController(PublicListService lists) {
        this.lists = lists;
    }

    @GetMapping("/agencies/{slug}")
    String page(@PathVariable String slug, @RequestParam(required = false) Integer version, WebRequest request, Model model,
                HttpServletResponse response) {
        return render(slug, version, request, model, response, "public/list");
    }

    @GetMapping("/agencies/{slug}/embed")
    String embed(@PathVariable String slug, WebRequest request, Model model, HttpServletResponse response) {
        return render(slug, null, request, model, response, "public/embed");
    }

    @GetMapping("/agencies/{slug}/list.{format}")
    void download(@PathVariable String slug, @PathVariable String format, @RequestParam(required = false) Integer version,
                  WebRequest request, HttpServletResponse response) throws IOException {
        DocumentFormat wanted = parse(format);
        PublicList page = found(slug, version);
        if (page.shown() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (request.checkNotModified(page.tag() + "-" + wanted.extension(), page.lastModified().toEpochMilli())) {
            return;
        }
        // built once per released version and tag: a second request serves the same bytes
        byte[] document = lists.document(page, wanted).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(wanted.mediaType());
        response.setContentLength(document.length);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + ListExportService.fileName(page.agency(), page.shown().version().number(), wanted) + "\"");
        response.getOutputStream().write(document);
    }

    private String render(String slug, Integer version, WebRequest request, Model model, HttpServletResponse response, String view) {
        PublicList page = found(slug, version);
        String tag = page.tag() + "-" + view.replace('/', '-');
        if (page.lastModified() != null && request.checkNotModified(tag, page.lastModified().toEpochMilli())) {
            return null;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        model.addAttribute("page", page);
        model.addAttribute("formats", List.of(DocumentFormat.values()));
        // the rows are read only now, once the conditional request has not been answered with 304
        model.addAttribute("view", PublicPage.of(page, lists.content(page)));
        return view;
    }

    private PublicList found(String slug, Integer version) {
        return Optional.ofNullable(slug).filter(s -> s.matches("[a-z0-9-]{1,64}")).flatMap(s -> lists.find(s, version))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static DocumentFormat parse(String format) {
        try {
            return DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
