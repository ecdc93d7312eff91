import { doctrineOnShippedPack } from './shipped-pack';

doctrineOnShippedPack('halora');
