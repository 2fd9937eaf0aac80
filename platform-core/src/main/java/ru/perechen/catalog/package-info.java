/**
 * The agency's catalogues that the list is built from: process groups (направления деятельности)
 * and client needs (удовлетворяемые потребности); later units, processes, touchpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package ru.perechen.catalog;
