package org.extramile.web.trainee;

/** One exchange of the conversation so far: what the customer said, and what the trainee answered. */
public record Exchange(String customerLine, String stageDirection, String answer) {}
