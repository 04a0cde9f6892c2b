package dk.ngc.skema.forms.ui;

/** UI texts of the renderer's parts, from the message bundles in the form's language. */
@FunctionalInterface
interface Texts {
    String get(String key, Object... arguments);
}
