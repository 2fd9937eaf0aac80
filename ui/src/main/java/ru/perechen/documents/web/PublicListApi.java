package ru.perechen.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.documents.DocumentFormat;
import ru.perechen.documents.PublicListService;
import ru.perechen.documents.PublicListService.PublicList;

/**
 * The public JSON API of the open page: the released versions of an agency and the rows of one of
 * them, with ETag and Last-Modified so that sites and aggregators can poll cheaply.
 */
@RestController
@RequestMapping("/api/public/v1/agencies/{slug}")
@Tag(name = "Открытые данные", description = "Опубликованный Перечень органа без входа в систему")
class PublicListApi {

    private final PublicListService lists;

    PublicListApi(PublicListService lists) {
        this.lists = lists;
    }

    record VersionEntry(int number, String actNumber, LocalDate actDate, String releasedAt) {
    }

    record Versions(String agency, String agencyName, List<VersionEntry> versions) {
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Редакции, размещённые на открытой странице, новые первыми")
    ResponseEntity<Versions> versions(@PathVariable String slug, WebRequest request) {
        PublicList page = found(slug, null);
        if (page.lastModified() != null && request.checkNotModified(page.tag() + "-versions", page.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(PublicListController.CACHE).body(new Versions(page.agency().slug(),
                page.agency().fullName(), page.versions().stream().map(v -> new VersionEntry(v.version().number(),
                v.version().actNumber(), v.version().actDate(), v.releasedAt().toString())).toList()));
    }

    @GetMapping(value = "/list", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Строки размещённой редакции (последней или указанной); идентификаторы строк постоянны между редакциями")
    ResponseEntity<byte[]> list(@PathVariable String slug, @RequestParam(required = false) Integer version, WebRequest request) {
        PublicList page = found(slug, version);
        if (page.shown() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (request.checkNotModified(page.tag() + "-json", page.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(PublicListController.CACHE).contentType(MediaType.APPLICATION_JSON)
                .body(lists.document(page, DocumentFormat.JSON).orElseThrow());
    }

    private PublicList found(String slug, Integer version) {
        return Optional.ofNullable(slug).filter(s -> s.matches("[a-z0-9-]{1,64}")).flatMap(s -> lists.find(s, version))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
