// Concept model (pure): document tree, narrative markup, assembly of chapters and appendices.
export * from './model';
export * from './narrative';
export * from './input';
export * from './blocks';
export * from './defaults';
export * from './assemble';
