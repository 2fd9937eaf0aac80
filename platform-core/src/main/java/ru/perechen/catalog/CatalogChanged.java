package ru.perechen.catalog;

import java.util.UUID;

/**
 * A change of the catalogues that is a ground for updating the list (актуализация, 001 §3.3,
 * 003 §15); published inside the transaction that makes it.
 */
public sealed interface CatalogChanged {

    /** A process was included in the registry (or included again). */
    record ProcessIncluded(UUID processId, String name) implements CatalogChanged {
    }

    /** A process was excluded from the registry. */
    record ProcessExcluded(UUID processId, String name) implements CatalogChanged {
    }

    /** A touchpoint of the catalogue changed its kind (digital ↔ offline). */
    record TouchpointKindChanged(UUID touchpointId, String name, ChannelKind from, ChannelKind to) implements CatalogChanged {
    }

    /** A client need was retired: the rows that satisfy it satisfy it no more. */
    record NeedRetired(UUID needId, String name) implements CatalogChanged {
    }
}
