/**
 * The register's pages (versions and their differences) and the pieces other features' pages show a
 * list with: the cells as printed, the grid of differences.
 */
@org.springframework.modulith.NamedInterface("ui")
package ru.perechen.register.ui;
