package ru.perechen.documents;

/**
 * How much a list file may hold once read: what bounds the memory of one parse, whatever the archive
 * inflates to. A Перечень of a few thousand rows is far below; a file past it is refused, not truncated.
 */
final class TableBudget {

    /** Non-empty cells of every sheet or table of one file. */
    static final int MAX_CELLS = 400_000;
    /** Characters of those cells, and separately of a workbook's shared strings. */
    static final int MAX_CHARS = 16_000_000;
    static final int MAX_MERGES = 100_000;

    private int cells;
    private long chars;
    private int sharedStrings;
    private long sharedChars;
    private int merges;

    void cell(int length) {
        if (++cells > MAX_CELLS || (chars += length) > MAX_CHARS) {
            throw new DocumentRejectedException("import.reject.too-many-cells", MAX_CELLS, MAX_CHARS / 1_000_000);
        }
    }

    void sharedText(int length) {
        if ((sharedChars += length) > MAX_CHARS) {
            throw new DocumentRejectedException("import.reject.too-many-cells", MAX_CELLS, MAX_CHARS / 1_000_000);
        }
    }

    void sharedString() {
        if (++sharedStrings > MAX_CELLS) {
            throw new DocumentRejectedException("import.reject.too-many-cells", MAX_CELLS, MAX_CHARS / 1_000_000);
        }
    }

    void merge() {
        if (++merges > MAX_MERGES) {
            throw new DocumentRejectedException("import.reject.too-many-cells", MAX_CELLS, MAX_CHARS / 1_000_000);
        }
    }
}
