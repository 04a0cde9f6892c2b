/** The hearing pages: the list, NGC's editor, and one hearing's page for NGC and for the invitees. */
@NullMarked
package dk.ngc.skema.hearing.ui;

import org.jspecify.annotations.NullMarked;
