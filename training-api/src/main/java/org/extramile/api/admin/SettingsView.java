package org.extramile.api.admin;

import org.extramile.settings.Installation;
import org.extramile.settings.Organisation;

/** The settings page's content: what an administrator may edit, and the configuration only the environment sets. */
public record SettingsView(Organisation organisation, Installation installation) {}
