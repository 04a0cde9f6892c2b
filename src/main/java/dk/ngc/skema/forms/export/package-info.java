/**
 * Responses out of the platform: {@link dk.ngc.skema.forms.export.ResponsePdf} renders one filled-in
 * response as an A4 PDF, {@link dk.ngc.skema.forms.export.ResponseBook} puts many of them in one PDF behind a
 * cover with contents; {@link dk.ngc.skema.forms.export.ResponseTable} is all responses of a form as one table
 * (columns by {@link dk.ngc.skema.forms.definition.ResponseFlattener}, several versions side by side), written
 * by {@link dk.ngc.skema.forms.export.ResponsesCsv} and {@link dk.ngc.skema.forms.export.ResponsesXlsx}.
 * {@link dk.ngc.skema.forms.export.Xlsx} writes any table as a workbook and
 * {@link dk.ngc.skema.forms.export.TablePdf} any short list as a PDF, for the other features' exports.
 *
 * <p>Pure Java on top of {@code forms.definition} (OpenPDF, Commons CSV, fastexcel): no Spring, no Vaadin, no
 * database; the service layer loads the responses and decides who may export them.
 *
 * <p>Other features use it directly: a named interface of the forms module (Spring Modulith).
 */
@NullMarked
@NamedInterface("export")
package dk.ngc.skema.forms.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
