/**
 * The catalogue editors, and how every editor shows what a service refused ({@link ServiceCalls}):
 * the other features' pages use it too.
 */
@org.springframework.modulith.NamedInterface("ui")
package ru.perechen.catalog.ui;
