/**
 * The open page of each agency (no sign-in): the published list as an accessible HTML table, its
 * history, its documents, an embeddable snippet for the agency's site, and the public JSON API.
 */
package ru.perechen.documents.web;
