package ru.perechen.feedback;

import java.util.UUID;
import ru.perechen.catalog.ChannelKind;

/** A touchpoint's survey link: the path of the public form carries the agency and the token, never an internal code. */
public record TouchpointLink(UUID touchpointId, String touchpointName, ChannelKind kind, String token, String path) {
}
