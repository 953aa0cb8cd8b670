/** REST for certification: programs, certificates and their public verification, credentials, signing keys. */
package org.extramile.api.certification;
