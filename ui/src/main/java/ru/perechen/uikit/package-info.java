/** Small shared pieces of the Vaadin UI: formats, page headers, row actions. Depends on no feature. */
@org.springframework.modulith.ApplicationModule(displayName = "UI kit")
package ru.perechen.uikit;
