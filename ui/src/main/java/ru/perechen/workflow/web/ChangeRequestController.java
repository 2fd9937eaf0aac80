package ru.perechen.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.http.BoundedBody;
import ru.perechen.register.ListService;
import ru.perechen.workflow.ActScan;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.RouteStep;

/**
 * Change requests of the caller's agency, every action of the pages: draft, submit, approve, return,
 * reject, enact with the act, rebase, withdraw. Each write names the version of the request it was
 * made from; a stale one is refused with 409. Reading and deciding need an agency role, drafting the
 * drafting role (decision 28); the service checks who may do what with this request, as for the UI.
 */
@RestController
@RequestMapping("/api/v1/change-requests")
@Allowed(Access.AGENCY_STAFF)
@Tag(name = "Запросы на внесение изменений", description = "Change requests through the agency's approval chain")
class ChangeRequestController {

    private final ChangeRequestService requests;
    private final ru.perechen.http.HeldBodies held;

    ChangeRequestController(ChangeRequestService requests, ru.perechen.http.HeldBodies held) {
        this.requests = requests;
        this.held = held;
    }

    @GetMapping
    @Operation(summary = "Requests: scope=inbox (awaiting the caller), mine, or all")
    List<ChangeRequest> list(@RequestParam(defaultValue = "all") String scope) {
        return switch (scope) {
            case "inbox" -> requests.inbox();
            case "mine" -> requests.mine();
            default -> requests.all();
        };
    }

    @Allowed(Access.DRAFTING)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft in the caller's unit")
    ChangeRequest create(@RequestBody Title body) {
        return requests.create(body.title());
    }

    @GetMapping("/{number}")
    @Operation(summary = "A request with its route (who holds it), the resulting changes and the rule findings")
    Detail get(@PathVariable int number) {
        ChangeRequest request = requests.get(number);
        return new Detail(request, requests.route(request), requests.preview(request),
                requests.overlapping(request).stream().map(ChangeRequest::number).toList());
    }

    @Allowed(Access.DRAFTING)
    @PutMapping("/{number}/description")
    @Operation(summary = "Set the summary and the explanatory note")
    ChangeRequest describe(@PathVariable int number, @RequestBody Description body) {
        return requests.describe(number, body.version(), body.title(), body.note());
    }

    @Allowed(Access.DRAFTING)
    @PostMapping("/{number}/rows")
    @Operation(summary = "Propose a new row")
    ChangeRequest addRow(@PathVariable int number, @RequestBody Row body) {
        return requests.addRow(number, body.version(), body.content());
    }

    @Allowed(Access.DRAFTING)
    @PutMapping("/{number}/rows/{entryKey}")
    @Operation(summary = "Propose a new content for a row of the version in force")
    ChangeRequest modifyRow(@PathVariable int number, @PathVariable UUID entryKey, @RequestBody Row body) {
        return requests.modifyRow(number, body.version(), entryKey, body.content());
    }

    @Allowed(Access.DRAFTING)
    @PostMapping("/{number}/exclusions/{entryKey}")
    @Operation(summary = "Propose to exclude a row of the version in force")
    ChangeRequest excludeRow(@PathVariable int number, @PathVariable UUID entryKey, @RequestBody Version body) {
        return requests.excludeRow(number, body.version(), entryKey);
    }

    @Allowed(Access.DRAFTING)
    @DeleteMapping("/{number}/items/{itemId}")
    @Operation(summary = "Take a change out of the draft")
    ChangeRequest removeItem(@PathVariable int number, @PathVariable UUID itemId, @RequestParam long version) {
        return requests.removeItem(number, version, itemId);
    }

    @Allowed(Access.DRAFTING)
    @PostMapping("/{number}/submit")
    @Operation(summary = "Submit for approval under the chain in force (it stays the request's chain)")
    ChangeRequest submit(@PathVariable int number, @RequestBody Version body) {
        return requests.submit(number, body.version());
    }

    @PostMapping("/{number}/approve")
    @Operation(summary = "Approve the caller's seat of the current step")
    ChangeRequest approve(@PathVariable int number, @RequestBody Comment body) {
        return requests.approve(number, body.version(), body.comment());
    }

    @PostMapping("/{number}/return")
    @Operation(summary = "Return to the initiator for revision (comment required)")
    ChangeRequest returnForRevision(@PathVariable int number, @RequestBody Comment body) {
        return requests.returnForRevision(number, body.version(), body.comment());
    }

    @PostMapping("/{number}/reject")
    @Operation(summary = "Reject (reason required)")
    ChangeRequest reject(@PathVariable int number, @RequestBody Comment body) {
        return requests.reject(number, body.version(), body.comment());
    }

    @PostMapping("/{number}/enact")
    @Operation(summary = "Record the approving act and enact the request as a new version")
    ChangeRequest enact(@PathVariable int number, @RequestBody Act body) {
        return requests.enact(number, body.version(), body.actNumber(), body.actDate());
    }

    @PutMapping(value = "/{number}/act-scan", consumes = "application/pdf")
    @Operation(summary = "Attach the signed scan of the approving order: a PDF of at most 20 MB. After enactment a scan "
            + "is part of the record and is not replaced (409): attach a correction instead")
    ChangeRequest attachScan(@PathVariable int number, @RequestParam long version,
                             @RequestParam(defaultValue = "prikaz.pdf") String fileName, jakarta.servlet.http.HttpServletRequest body) {
        requests.requireMayAttachScan(number);
        return held.holding(ActScan.MAX_BYTES, () -> requests.attachActScan(number, version, fileName, BoundedBody.read(body, ActScan.MAX_BYTES)));
    }

    @PostMapping(value = "/{number}/act-scan/corrections", consumes = "application/pdf")
    @Operation(summary = "A correction of an enacted request's order scan, with its reason; the earlier scans are kept")
    ChangeRequest correctScan(@PathVariable int number, @RequestParam long version, @RequestParam String reason,
                              @RequestParam(defaultValue = "prikaz.pdf") String fileName, jakarta.servlet.http.HttpServletRequest body) {
        requests.requireMayAttachScan(number);
        return held.holding(ActScan.MAX_BYTES,
                () -> requests.correctActScan(number, version, fileName, BoundedBody.read(body, ActScan.MAX_BYTES), reason));
    }

    @GetMapping("/{number}/act-scans")
    @Operation(summary = "Every scan attached to the request, oldest first (the newest is in force)")
    List<ActScan> scans(@PathVariable int number) {
        return requests.actScans(number);
    }

    @GetMapping(value = "/{number}/act-scans/{attachment}", produces = "application/pdf")
    @Operation(summary = "One attached scan")
    org.springframework.http.ResponseEntity<byte[]> scanAttachment(@PathVariable int number, @PathVariable int attachment) {
        return pdf(requests.actScanFile(number, attachment));
    }

    @GetMapping(value = "/{number}/act-scan", produces = "application/pdf")
    @Operation(summary = "The signed scan of the approving order")
    org.springframework.http.ResponseEntity<byte[]> scan(@PathVariable int number) {
        return pdf(requests.actScanFile(number));
    }

    private static org.springframework.http.ResponseEntity<byte[]> pdf(java.util.Optional<ActScan> file) {
        return file
                .map(s -> org.springframework.http.ResponseEntity.ok()
                        .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                                .filename(s.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .body(s.content()))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Allowed(Access.DRAFTING)
    @PostMapping("/{number}/rebase")
    @Operation(summary = "Move the draft onto the version in force after a conflict")
    ChangeRequest rebase(@PathVariable int number, @RequestBody Version body) {
        return requests.rebase(number, body.version());
    }

    @Allowed(Access.DRAFTING)
    @PostMapping("/{number}/withdraw")
    @Operation(summary = "Withdraw the request")
    ChangeRequest withdraw(@PathVariable int number, @RequestBody Version body) {
        return requests.withdraw(number, body.version());
    }

    record Title(String title) {
    }

    record Version(long version) {
    }

    record Description(long version, String title, String note) {
    }

    record Row(long version, RowContent content) {
    }

    record Comment(long version, String comment) {
    }

    record Act(long version, String actNumber, LocalDate actDate) {
    }

    record Detail(ChangeRequest request, List<RouteStep> route, ListService.DraftPreview preview, List<Integer> overlapping) {
    }
}
