/** The application shell: layout, navigation, landing, error pages, language. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package ru.perechen.ui;
