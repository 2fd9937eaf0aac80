/**
 * Spreadsheet safety: what every module that writes text a spreadsheet may open (the documents' CSV
 * and XLSX, the audit log's CSV) uses so that no cell is ever read as a formula. It depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet safety")
package ru.perechen.spreadsheet;
