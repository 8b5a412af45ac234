/** The hover text box, shared by the map's own layers and deck.gl's: light text on a dark box. */
export const TOOLTIP_STYLE: Partial<CSSStyleDeclaration> = {
  backgroundColor: 'rgba(29, 36, 48, 0.92)',
  color: '#ffffff',
  padding: '6px 9px',
  borderRadius: '4px',
  fontSize: '12px',
  lineHeight: '1.5',
  maxWidth: '18rem',
  // Clear of the pointer (deck.gl puts the box's corner at the pointer).
  marginLeft: '14px',
  marginTop: '14px',
};
