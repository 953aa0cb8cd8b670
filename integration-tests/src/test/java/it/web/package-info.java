/** The browser UI as people use it: real headless Chromium against the deployed WAR. */
package it.web;
