/**
 * Tenancy's pages, and the guard every agency page of other features uses to open only the signed-in
 * person's own agency.
 */
@org.springframework.modulith.NamedInterface("ui")
package ru.perechen.tenancy.ui;
