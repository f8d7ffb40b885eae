/** Real file content for the demo data: the bytes downloads must reproduce exactly. */

export interface DemoFile {
	id: number;
	name: string;
	contentType: string;
	content: Buffer;
}

// A 24×24 PNG (a "C" in Cention blue) and a 48×24 PNG signature scribble, generated once.
export const LOGO_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAXklEQVR42mP4TyXAQA+DuPNmoiGSDcI0gqBxDCQZgcc4BvJMwTSLgfhAIdYgIsMVlzLsBpEf/cRHMwkGUZQgR4hBFAU21aKfmgmSalmEmpmWasUINQs2Khe1A1mLAAAc0HN+1+5xzAAAAABJRU5ErkJggg==',
	'base64',
);

export const SIGNATURE_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAADAAAAAYCAIAAAAzn+mLAAAAhklEQVR42u2Wyw3AIAxDPQTjdP+12qqHHhCQj12pQolyTKwnSAw4fxYooAIqoCdaO+6UEHQ6SNO8SdJQQB0KyTRsB39TOaZZFyRzE2Va1EM1xX6mdSWEO+UpM2sg3HDJKULrN+acUUC5rR52+aVg2gzvnCEpA4i04IQUvn6nolL1/Sig7YAuYa10o6PDzGgAAAAASUVORK5CYII=',
	'base64',
);

/** A one-page PDF with correct cross-reference offsets. */
export function onePagePdf(line: string): Buffer {
	const stream = `BT /F1 14 Tf 72 760 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let text = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(Buffer.byteLength(text, 'latin1'));
		text += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = Buffer.byteLength(text, 'latin1');
	text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
	text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(text, 'latin1');
}

/** The manual's sample attachment text ("QXBwbGUgUGVuIFBpbmVhcHBsZSBQZW4="). */
export const APPLE_PEN = Buffer.from('Apple Pen Pineapple Pen', 'utf8');

/** Files of answered errands (c3_response_attachments), as the manual's callback lists them. */
export function responseAttachments(): DemoFile[] {
	return [
		{ id: 788, name: 'signature.png', contentType: 'image/png', content: SIGNATURE_PNG },
		{ id: 789, name: 'tst1_1.txt', contentType: 'text/plain', content: APPLE_PEN },
		{ id: 790, name: 'order-confirmation-2256.pdf', contentType: 'application/pdf', content: onePagePdf('Order confirmation for errand #2256') },
		{ id: 1270, name: 'tst1_1.txt', contentType: 'text/plain', content: APPLE_PEN },
	];
}

/** Images of the area file archive (c3_area_archives), inlined in answers and library texts. */
export function areaArchives(): DemoFile[] {
	return [
		{ id: 12, name: 'cention-logo.png', contentType: 'image/png', content: LOGO_PNG },
		{ id: 14, name: 'reset-password-step1.png', contentType: 'image/png', content: SIGNATURE_PNG },
	];
}

/** Files attached to library questions (c3_library_attachments). */
export function libraryAttachments(): DemoFile[] {
	return [
		{ id: 2020, name: 'tst1_1.txt', contentType: 'text/plain', content: APPLE_PEN },
		{ id: 1270, name: 'tst1_1.txt', contentType: 'text/plain', content: APPLE_PEN },
		{ id: 2031, name: 'password-policy.pdf', contentType: 'application/pdf', content: onePagePdf('Password policy: 12 characters or more') },
	];
}
