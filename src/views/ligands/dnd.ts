/** MIME type of a ligand dragged from the palette onto a surface site (value: the ligand id). */
export const LIGAND_DRAG_TYPE = 'application/x-pqd-ligand';
