/**
 * The documents of the list in the UI: downloads of a version's files, and the import of a list an
 * agency keeps in Word or Excel (upload → preview → draft change request).
 */
package ru.perechen.documents.ui;
