/**
 * Documents: the agency's list as the documents it signs and publishes (XLSX and DOCX in its printed
 * form, the changes of an enacted request, CSV and JSON open data), and the way in for the lists
 * agencies already keep in Word and Excel — checked before any parser sees them, read into a preview
 * and turned into a change request, never into the list directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package ru.perechen.documents;
