package ru.perechen.register.internal;

import java.util.List;
import ru.perechen.register.ListFilter;

/** Rows of a version, filtered, in the printed order, a page at a time. */
public interface ListEntryQueries {

    List<ListEntryEntity> alive(int version, ListFilter filter, int offset, int limit);

    long countAlive(int version, ListFilter filter);
}
