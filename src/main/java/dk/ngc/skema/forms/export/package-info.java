/**
 * Responses out of the platform: {@link dk.ngc.skema.forms.export.ResponsePdf} renders one filled-in
 * response as an A4 PDF, {@link dk.ngc.skema.forms.export.ResponsesCsv} writes all responses of a form
 * version as one CSV file (columns by {@link dk.ngc.skema.forms.definition.ResponseFlattener}).
 *
 * <p>Pure Java on top of {@code forms.definition} (OpenPDF, Commons CSV): no Spring, no Vaadin, no
 * database; the service layer loads the response and decides who may export it.
 */
package dk.ngc.skema.forms.export;
