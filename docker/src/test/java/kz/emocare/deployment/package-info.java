/** Checks of the deployment artefacts: manifests agree with the apps, backups restore completely. */
package kz.emocare.deployment;
