/** Small shared pieces of the Vaadin UI: formats and page headers. Depends on no feature. */
@org.springframework.modulith.ApplicationModule(displayName = "UI kit")
package ru.perechen.uikit;
