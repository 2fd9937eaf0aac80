/** The feedback module's HTTP side: the public survey form (server-rendered) and the API. */
package ru.perechen.feedback.web;
