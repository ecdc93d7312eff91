import { doctrineOnShippedPack } from './shipped-pack';

doctrineOnShippedPack('veridane');
