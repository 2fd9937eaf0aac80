package ru.perechen.catalog;

import java.time.LocalDate;

/** A document (or instruction) a process rests on. Number, date and link are optional. */
public record Basis(BasisKind kind, String title, String number, LocalDate issuedOn, String url) {
}
